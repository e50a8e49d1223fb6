"""Pure metric functions: the aggregates the obligation and goal rules compare against thresholds.

Each module computes one family of indicators from typed input records and nothing else:
no files, no clock, no rule sets. The fact types of `obligations.facts` turn their results into facts.

- `calendar`: months and month arithmetic shared by the others;
- `waiting`: long waits per month, by group and waiting place, and whether they rise over time (1.2);
- `settlement`: who was settled within the group's limit, and long-waiters settled (4.5, 4.6, 6.4, 6.5);
- `allocation`: vedtak against anmodning per kommune, and sums per fylke and nation (1.7, 2.3, 4.3, 4.4);
- `deliveries`: whether statistics reached every recipient every month (4.1, 5.3);
- `capacity`: notice lead times for capacity changes, and occupancy against a band (5.1, 5.4, 6.1);
- `documentation`: activities documented per obligation (obligations only documentation can show);
- `sources`: how aggregates cite their input rows.
"""
