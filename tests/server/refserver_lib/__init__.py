"""Reference server for the ERA svctasks and TARGPatrol task-execution APIs (see README.md)."""
