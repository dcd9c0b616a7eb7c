"""Data files of factcheck: per-language lexicons (lang/) and rules (checks/)."""
