"""BASELINES, not the product: deliberately simple systems the report compares the assistant against."""
