"""Goals: what the networking is for, with budgets and targets."""
