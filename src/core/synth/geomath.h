#pragma once

// Geography lives in geo/ (below config and synth); this header is kept for existing includes.
#include "geo/geomath.h"
