"""The extraction pipeline: stages that each add one layer, and the runner that attaches them."""

from eventwire.pipeline.runner import Pipeline, default_pipeline
from eventwire.pipeline.stage import Context, Stage, registered_stages, stage

__all__ = ["Context", "Pipeline", "Stage", "default_pipeline", "registered_stages", "stage"]
