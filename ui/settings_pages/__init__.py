"""The pages of 设置, each declaring its name, title and the options it offers (model: Picard's option pages)."""
