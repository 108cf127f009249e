"""Built-in stages, one module each; every module here is registered automatically."""
