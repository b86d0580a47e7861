"""Running a generated README's test examples as a reader would copy them."""

from __future__ import annotations

from typing import Any


def run_readme_tests(readme: str) -> list[str]:
    """Run every test function in the README's testing section, as written; their names."""
    section = readme[readme.index("## Testing code that uses the client"):]
    section = section[:section.index("\n## ", 1)]
    ran = []
    for block in section.split("```python\n")[1:]:
        namespace: dict[str, Any] = {}
        exec(compile(block[:block.index("\n```")], "README.md", "exec"), namespace)  # noqa: S102
        for name, test in list(namespace.items()):
            if name.startswith("test_") and callable(test):
                test()
                ran.append(name)
    return ran
