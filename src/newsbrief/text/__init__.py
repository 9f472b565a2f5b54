"""Text primitives: sentence splitting with offsets, tokens, stems and stopwords."""
