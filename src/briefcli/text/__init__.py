"""The text layer: sources read into an Article (load), its layout (title, date line,
paragraphs), sentences and the token table. The only place that cuts text into pieces."""
