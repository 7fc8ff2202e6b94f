"""The branch's yearly hand-in to the 党委 (本年度报送文件) and its import into the 党委's database."""
