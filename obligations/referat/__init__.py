"""The referat loop: the template the review writes, and reading the filled template back."""
