"""The desktop editor (PySide6). Start it with :func:`orgeditor.ui.app.run_editor`."""
