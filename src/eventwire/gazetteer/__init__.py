"""The offline gazetteer: GeoNames-derived places, hand tables, name folding, matching, resolution.

Modules, one job each: ``fold`` (name keys), ``regions`` and ``demonyms`` (hand
tables), ``build`` (compile the sources), ``cache`` (where the index lives),
``index`` (load and look up), ``match`` (recognise mentions), ``resolve``
(choose a row from context), ``geonames_import`` (add a user's GeoNames dump).
"""
