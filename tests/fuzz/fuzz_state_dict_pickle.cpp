// The opcode walker in front of LibTorch's unpickler (core/ml/io/StateDictPickle) on arbitrary bytes, at the
// speed of plain C++ (the whole .bin reader, fuzz_torch_pickle, is bounded by LibTorch's exceptions, which
// capture a stack trace each). Whatever it accepts must be accepted again unchanged: the rewrite leaves no
// construct (OrderedDict, SETITEM, BUILD) that a second pass would touch.
#include "core/ml/io/StateDictPickle.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string once;
    try {
        once = memescope::ml::restrictStateDictPickle(
            std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const memescope::ml::PickleRefused&) {
        return 0;
    }
    std::string twice;
    try {
        twice = memescope::ml::restrictStateDictPickle(once);
    } catch (const memescope::ml::PickleRefused&) {
        std::abort(); // its own output refused
    }
    if (twice != once) std::abort();
    return 0;
}
