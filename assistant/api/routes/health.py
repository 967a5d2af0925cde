"""GET /health: liveness plus whether the index is built."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant.api.deps import ServicesDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(description="'ok' when the service can answer.")
    index: str = Field(description="'ready', or 'missing' when `regelverk ingest` has not been run.")


@router.get("/health", response_model=Health)
def health(services: ServicesDep) -> Health:
    from ingest.store import index_exists

    ready = index_exists(services.settings)
    return Health(status="ok", index="ready" if ready else "missing")
