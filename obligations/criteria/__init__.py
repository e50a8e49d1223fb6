"""Request criteria (anmodningskriterier): evaluation per kommune, distribution of the need, what-if.

- `spec`: the `allocation` block of a criteria file, as typed values, and its checks;
- `facts`: the kommune facts the criteria read, and which data year a request year uses;
- `evaluate`: which criteria each kommune meets, through the engine, and its weight;
- `apportion`: whole numbers that add up exactly (Sainte-Laguë, modified Sainte-Laguë, D'Hondt, largest
  remainder), in integer arithmetic;
- `allocation`: the need split per fylke and kommune under the criteria's constraints;
- `redistribution`: a new split when the need changes beyond the committee's threshold;
- `compare`: two criteria versions side by side, per kommune and per fylke;
- `context`: loading rules and data once and caching compiled rules for many scenarios.
"""
