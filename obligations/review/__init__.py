"""The yearly review: findings turned into a report the parties can read, trust and reproduce."""
