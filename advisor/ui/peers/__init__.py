"""You and your peers in the window: the Results page's peer panel and Share summary."""
