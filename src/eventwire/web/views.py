"""The page routers beyond ``pages`` (map, timeline, incidents), for ``create_app``."""

from __future__ import annotations

from fastapi import APIRouter

from eventwire.web import incidentview, mapview, timeline

ROUTERS: tuple[APIRouter, ...] = (mapview.router, timeline.router, incidentview.router)
