"""The 组织生活会 dossier, the rectification list (整改清单) and the democratic evaluation (民主评议) pages' parts."""
