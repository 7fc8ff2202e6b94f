"""Documents from the program: save a record or a form as Word or PDF, many records as PDFs, print several."""
