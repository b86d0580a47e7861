"""Read: a spec file in; one plain, validated OpenAPI 3.x document out.

Parse within the bounds of limits (loader), follow `$ref`s (refs), walk the document knowing
what each key means (walk), bring Swagger 2.0 and OpenAPI 3.2 to the shape 3.0/3.1 readers
expect (swagger2, openapi32), and decide once whether the spec is valid (validity; metaschema
runs the validator; finding is what the two share).
"""
