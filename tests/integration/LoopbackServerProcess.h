#pragma once

// Kept for the includes of this folder's tests: the class lives in tests/support.
#include "../support/LoopbackServerProcess.h"
