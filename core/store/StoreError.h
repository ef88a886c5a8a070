#pragma once

#include "core/util/Error.h"

namespace memescope {

// Any failure of the project store or of file input/output. The message is meant for the user: it names
// the file and says what is wrong with it.
class StoreError : public Error {
public:
    using Error::Error;
};

} // namespace memescope
