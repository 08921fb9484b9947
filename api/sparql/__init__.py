"""The read-only SPARQL 1.1 Protocol endpoint: request parsing, result formats, killable query workers."""
