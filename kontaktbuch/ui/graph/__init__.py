"""The network as a picture: the graph view (:mod:`.view`) and its scene (:mod:`.scene`)."""
