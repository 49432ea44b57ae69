"""One module per method, named after it; each registers its Detector with ``@register``."""
