//! Charts drawn with plotters on any backend (SVG for the CLI, canvas for the app).
