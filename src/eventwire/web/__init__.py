"""The web app and JSON API over a store: ``eventwire.web.app.create_app(store, settings)``."""
