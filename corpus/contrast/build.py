import json, glob, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES={"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT","MOVE"}
REASONS={"idiom","sport","business","medicine","procedure","generic","aggregate","natural","accident","game","hypothetical"}
out=[];errs=[]
for f in sorted(glob.glob(os.path.join(HERE, 'batches', 'b*.txt'))):
    for ln,line in enumerate(open(f),1):
        line=line.strip()
        if not line or line.startswith('#'): continue
        parts=[p.strip() for p in line.split('|',2)]
        head=parts[0].split()
        if head[0]=='E':
            typ=head[1]; reason=parts[1]; raw=parts[2]; ev=True
            if typ not in TYPES: errs.append((f,ln,'type',typ))
        elif head[0]=='N':
            typ=None; reason=head[1]; raw=parts[1] if len(parts)==2 else parts[1]+' | '+parts[2]; ev=False
            if reason not in REASONS: errs.append((f,ln,'reason',reason))
        else: errs.append((f,ln,'head',line[:30])); continue
        m=re.findall(r'\[([^\]]+)\]',raw)
        if len(m)!=1: errs.append((f,ln,'brackets',raw[:60])); continue
        start=raw.index('['); trig=m[0]
        text=raw.replace('['+trig+']',trig,1)
        assert text[start:start+len(trig)]==trig
        nw=len(text.split())
        if not 15<=nw<=45: errs.append((f,ln,'words %d'%nw,text[:60]))
        out.append(dict(text=text,trigger=trig,trigger_start=start,event=ev,type=typ,reason=reason))
texts=collections.Counter(o['text'] for o in out)
for t,c in texts.items():
    if c>1: errs.append(('dup',t[:60]))
with open(os.path.join(HERE, 'sentences.jsonl'),'w') as w:
    for i,o in enumerate(out,1):
        o={"id":"ctr_%04d"%i,**o}
        w.write(json.dumps(o,ensure_ascii=False)+'\n')
for e in errs: print('ERR',e)
ev=[o for o in out if o['event']]; ne=[o for o in out if not o['event']]
print(len(out),'events',len(ev),'non',len(ne))
if '-v' in sys.argv:
    print(collections.Counter(o['type'] for o in ev).most_common())
    print(collections.Counter(o['reason'] for o in ne).most_common())
    print(collections.Counter(o['trigger'].lower() for o in out).most_common(200))
