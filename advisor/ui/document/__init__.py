"""The open assessment file: model, file commands, lock/recovery/backup prompts, PDF export."""
