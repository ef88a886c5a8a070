#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace memescope::ml {

class PickleRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Checks the pickle of a torch.save'd state dict before LibTorch's unpickler sees it, and rewrites the one
// construct that unpickler cannot read. Walks every opcode (protocol 2, as torch.save writes it):
//  - a Python global other than collections.OrderedDict, torch._utils._rebuild_tensor_v2 and torch's
//    storage types is refused (PickleRefused names it): a state dict of tensors never needs one, and a
//    malicious file would (os.system, builtins.eval, ...);
//  - opcodes that build arbitrary objects (INST, OBJ, NEWOBJ, extensions, protocol-4 globals) are refused;
//  - OrderedDict(), which model.state_dict() returns and LibTorch reads as None, becomes a plain {}, and
//    its BUILD (the `_metadata` attribute) is cut out with its state: the entries survive, the metadata
//    goes; SETITEM, which LibTorch lacks, becomes MARK + SETITEMS;
//  - what LibTorch would trust unchecked is checked: storage references are the (str, storage class, str,
//    str, int) tuples torch.save writes, dictionaries are built from pairs, memo indices stay below
//    4 M (LibTorch grows its memo table to the index).
// Returns the rewritten pickle; throws PickleRefused with the reason.
std::string restrictStateDictPickle(std::string_view pickle);

} // namespace memescope::ml
