"""One router per resource; each is thin: parameters → snapshot query or composer → response."""
