"""Shipping cost, with a boundary bug that a suite with 100% line coverage misses."""
FREE_FROM = 50_00        # cents: orders of 50.00 or more ship free
STANDARD = 4_90
EXPRESS_SURCHARGE = 9_90


def shipping_cost(subtotal: int, express: bool = False) -> int:
    cost = 0 if subtotal > FREE_FROM else STANDARD      # BUG: the rule says "or more", so >=
    if express:
        cost += EXPRESS_SURCHARGE
    return cost
