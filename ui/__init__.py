"""The Qt desktop program: main window, pages, dialogs, item models, background jobs."""
