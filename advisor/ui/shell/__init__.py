"""The window around the features: main window, section navigator, About box, language menu."""
