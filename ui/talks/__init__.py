"""谈心谈话: the list, the editor of one talk and the year's coverage (Art. 19)."""
