#pragma once

#include "core/util/Error.h"

namespace memescope {

// Any failure of the model engine (bad checkpoint, bad config, unreadable image); the message names the
// file and the problem.
class EngineError : public Error {
public:
    using Error::Error;
};

} // namespace memescope
