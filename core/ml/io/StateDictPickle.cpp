#include "StateDictPickle.h"

#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace memescope::ml {
namespace {

// LibTorch grows its memo table to the largest index it is given (16 bytes an entry): a crafted index would
// exhaust memory. torch.save numbers entries from 0, a few per tensor; 4 M covers any real state dict.
constexpr uint64_t kMaxMemoId = uint64_t(1) << 22;

[[noreturn]] void refuse(const std::string& why) {
    throw PickleRefused(why);
}

bool allowedGlobal(const std::string& module, const std::string& name) {
    if (module == "collections" && name == "OrderedDict") return true;
    if (module == "torch._utils" && name == "_rebuild_tensor_v2") return true;
    static const std::set<std::string> storages = {
        "FloatStorage", "HalfStorage", "BFloat16Storage",     "DoubleStorage",
        "LongStorage",  "IntStorage",  "ShortStorage",        "CharStorage",
        "ByteStorage",  "BoolStorage", "ComplexFloatStorage", "ComplexDoubleStorage"};
    return module == "torch" && storages.count(name) > 0;
}

// Walks the opcodes, copying them to the output, while simulating the pickle machine's stack as far as
// needed to know where each stack item's bytes begin in the output. That is what the rewrites need:
// SETITEM (which LibTorch's unpickler lacks) becomes MARK-before-the-key + SETITEMS, and an OrderedDict's
// BUILD state is cut out of the output.
class Walker {
public:
    explicit Walker(std::string_view in)
        : in_(in) {}

    std::string run() {
        for (;;) {
            const size_t start = pos_;
            const auto op = static_cast<unsigned char>(take(1)[0]);
            if (pending_ != Pending::None) {
                constructorStep(op);
                continue;
            }
            switch (op) {
            case '.': // STOP
                if (stack_.size() != 1 || !marks_.empty()) refuse("the pickle leaves a malformed stack");
                copy(start);
                return std::move(out_);
            case 0x80: // PROTO
                take(1);
                copy(start);
                break;
            case 0x95: // FRAME
                take(8);
                copy(start);
                break;
            // Values: one new stack item each.
            case 'N':
            case 0x88:
            case 0x89:
            case '}':
            case ']':
            case ')':
            case 0x8f:
                push(start);
                break;
            case 'J':
                take(4);
                push(start, Kind::Int);
                break;
            case 'K':
                take(1);
                push(start, Kind::Int);
                break;
            case 'M':
                take(2);
                push(start, Kind::Int);
                break;
            case 'G':
                take(8);
                push(start);
                break;
            case 'I':
            case 'L':
            case 'F':
                line();
                push(start);
                break;
            case 'S':
            case 'V':
                line();
                push(start, Kind::Str);
                break;
            case 'P': // PERSID: a text persistent id, which torch.save never writes
                refuse("it uses a text persistent id (PERSID), which torch.save never writes");
            case 'T':
            case 'X':
                take(size_t(le(take(4), 4)));
                push(start, Kind::Str);
                break;
            case 'B':
            case 0x8b:
                take(size_t(le(take(4), 4)));
                push(start);
                break;
            case 'U':
            case 0x8c:
                take(size_t(uint8_t(take(1)[0])));
                push(start, Kind::Str);
                break;
            case 'C':
                take(size_t(uint8_t(take(1)[0])));
                push(start);
                break;
            case 0x8a: // LONG1: a storage of 2^31 elements or more
                take(size_t(uint8_t(take(1)[0])));
                push(start, Kind::Int);
                break;
            case 0x8d:
            case 0x8e:
            case 0x96: {
                const uint64_t n = le(take(8), 8);
                if (n > in_.size()) refuse("a string longer than the file");
                take(size_t(n));
                push(start);
                break;
            }
            case 'c':
                global(start);
                break;
            // Memo.
            case 'q':
                memoPut(start, le(take(1), 1));
                break;
            case 'r':
                memoPut(start, le(take(4), 4));
                break;
            case 'p':
                memoPut(start, number(line()));
                break;
            case 'h':
                memoGet(start, le(take(1), 1));
                break;
            case 'j':
                memoGet(start, le(take(4), 4));
                break;
            case 'g':
                memoGet(start, number(line()));
                break;
            // Structure.
            case '(':
                marks_.push_back(stack_.size());
                copy(start);
                stack_.push_back(Item{out_.size() - 1, Kind::Mark});
                break;
            case 't': { // TUPLE: a persistent id when it has the shape torch.save gives one
                const Kind kind = persistentIdShape() ? Kind::PersistentId : Kind::Other;
                const size_t at = popToMark();
                copy(start);
                stack_.push_back(Item{at, kind});
                break;
            }
            case 'd': // DICT and SETITEMS: LibTorch pairs the items unchecked, so they must come in pairs
                requirePairs();
                [[fallthrough]];
            case 'l':
            case 0x91: { // to the mark -> one item
                const size_t at = popToMark();
                copy(start);
                stack_.push_back(Item{at});
                break;
            }
            case 'u':
                requirePairs();
                [[fallthrough]];
            case 'e':
            case 0x90:
            case '1': // to the mark, nothing pushed
                popToMark();
                copy(start);
                break;
            case 0x85:
                replaceTop(start, 1);
                break; // TUPLE1
            case 0x86:
                replaceTop(start, 2);
                break; // TUPLE2
            case 0x87:
                replaceTop(start, 3);
                break; // TUPLE3
            case 'Q':  // BINPERSID: pid -> storage
                need(1);
                if (stack_.back().kind != Kind::PersistentId)
                    refuse("a storage reference is not the (\"storage\", type, key, location, size) tuple "
                           "torch.save writes");
                replaceTop(start, 1);
                break;
            case 'R':
                replaceTop(start, 2);
                break; // REDUCE: callable, args -> result
            case 'a':  // APPEND
                pop(1);
                copy(start);
                break;
            case '0': // POP
                pop(1);
                copy(start);
                break;
            case '2': // DUP
                need(1);
                copy(start);
                stack_.push_back(Item{out_.size() - 1});
                break;
            case 's': { // SETITEM: LibTorch reads only SETITEMS, so "(" goes in before the key
                need(3);
                const size_t key = stack_[stack_.size() - 2].start;
                out_.insert(out_.begin() + long(key), '(');
                pop(2);
                out_.push_back('u');
                break;
            }
            case 'b': { // BUILD: in a state dict only an OrderedDict's `_metadata`; cut out with its state
                need(2);
                if (stack_[stack_.size() - 2].kind != Kind::OrderedDict)
                    refuse("it sets the state of an object (BUILD) other than an OrderedDict's metadata");
                const size_t state = stack_.back().start;
                for (auto it = memoByStart_.lower_bound(state); it != memoByStart_.end();
                     it = memoByStart_.erase(it))
                    cutMemo_.insert(it->second);
                out_.resize(state);
                pop(1);
                break;
            }
            case 'i':
            case 'o':
            case 0x81:
            case 0x92:
                refuse(
                    "it builds a Python object (opcode INST/OBJ/NEWOBJ), which a state dict of tensors never "
                    "does");
            case 0x82:
            case 0x83:
            case 0x84:
                refuse("it uses the pickle extension registry, which a state dict of tensors never does");
            case 0x93:
            case 0x94:
                refuse("it uses pickle protocol 4 globals or memo (torch.save writes protocol 2)");
            default:
                refuse("unknown pickle opcode 0x" + hex(op));
            }
        }
    }

private:
    enum class Pending { None, Class, Args };
    // What the walker needs to know about a stack item: persistent ids must be (str, storage class, str,
    // str, int) tuples -- LibTorch casts the storage class to a dtype unchecked -- and BUILD may only
    // follow an OrderedDict.
    enum class Kind { Other, Mark, Str, Int, StorageClass, PersistentId, OrderedDict };
    struct Item {
        size_t start; // where the item's bytes begin in the output
        Kind kind = Kind::Other;
    };

    std::string_view take(size_t n) {
        if (n > in_.size() - pos_) refuse("the pickle is truncated");
        const std::string_view s = in_.substr(pos_, n);
        pos_ += n;
        return s;
    }

    std::string line() {
        const size_t end = in_.find('\n', pos_);
        if (end == std::string_view::npos) refuse("the pickle is truncated");
        std::string s(in_.substr(pos_, end - pos_));
        pos_ = end + 1;
        return s;
    }

    static uint64_t le(std::string_view bytes, size_t n) {
        uint64_t v = 0;
        for (size_t i = 0; i < n; ++i)
            v |= uint64_t(uint8_t(bytes[i])) << (8 * i);
        return v;
    }

    static uint64_t number(const std::string& s) {
        if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
            refuse("a malformed memo index");
        return std::stoull(s);
    }

    static std::string hex(unsigned v) {
        static const char* digits = "0123456789abcdef";
        return std::string{digits[(v >> 4) & 15], digits[v & 15]};
    }

    void copy(size_t start) { out_.append(in_.substr(start, pos_ - start)); }

    void push(size_t start, Kind kind = Kind::Other) {
        const size_t at = out_.size();
        copy(start);
        stack_.push_back(Item{at, kind});
    }

    // The items above the innermost mark are (str, storage class, str, str, int).
    bool persistentIdShape() const {
        if (marks_.empty() || stack_.size() != marks_.back() + 6) return false;
        const Kind want[] = {Kind::Str, Kind::StorageClass, Kind::Str, Kind::Str, Kind::Int};
        for (size_t i = 0; i < 5; ++i)
            if (stack_[marks_.back() + 1 + i].kind != want[i]) return false;
        return true;
    }

    void requirePairs() const {
        if (marks_.empty()) refuse("the pickle closes a MARK it never opened (malformed)");
        if ((stack_.size() - marks_.back() - 1) % 2 != 0)
            refuse("a dictionary is built from an odd number of keys and values (malformed)");
    }

    void need(size_t n) {
        const size_t floor = marks_.empty() ? 0 : marks_.back() + 1;
        if (stack_.size() < floor + n) refuse("the pickle pops more than it pushed (malformed)");
    }

    void pop(size_t n) {
        need(n);
        stack_.resize(stack_.size() - n);
    }

    // Removes the items above the innermost mark and the mark itself; returns where the mark began.
    size_t popToMark() {
        if (marks_.empty()) refuse("the pickle closes a MARK it never opened (malformed)");
        const size_t depth = marks_.back();
        marks_.pop_back();
        const size_t at = stack_[depth].start;
        stack_.resize(depth);
        return at;
    }

    // n items become one, which begins where the lowest of them began.
    void replaceTop(size_t start, size_t n) {
        need(n);
        const size_t at = stack_[stack_.size() - n].start;
        stack_.resize(stack_.size() - n);
        copy(start);
        stack_.push_back(Item{at});
    }

    void memoPut(size_t start, uint64_t id) {
        need(1);
        if (id > kMaxMemoId) refuse("a memo index out of range (malformed)");
        if (stack_.back().kind == Kind::Mark) refuse("it memoises a MARK (malformed)");
        memo_[id] = stack_.back();
        memoByStart_.emplace(stack_.back().start, id);
        cutMemo_.erase(id);
        copy(start);
    }

    void memoGet(size_t start, uint64_t id) {
        if (classMemo_.count(id)) {
            pending_ = Pending::Class;
            return;
        }
        if (!memo_.count(id)) refuse("it reads a memo entry it never stored (malformed)");
        if (cutMemo_.count(id))
            refuse("it refers back into an OrderedDict's metadata (not a plain state dict)");
        push(start, memo_.at(id).kind);
    }

    void global(size_t start) {
        const std::string module = line(), name = line();
        if (!allowedGlobal(module, name))
            refuse("it refers to the Python global '" + module + "." + name +
                   "', which a state dict of tensors never needs");
        if (module == "collections") {
            pending_ = Pending::Class; // an OrderedDict() being built: one EMPTY_DICT replaces it
            return;
        }
        push(start, module == "torch" ? Kind::StorageClass : Kind::Other);
    }

    // One opcode of "GLOBAL OrderedDict [BINPUT n] EMPTY_TUPLE REDUCE" (or "BINGET n EMPTY_TUPLE REDUCE" of
    // the memoised class), which becomes a single EMPTY_DICT.
    void constructorStep(unsigned char op) {
        if (pending_ == Pending::Class && (op == 'q' || op == 'r')) {
            const size_t n = op == 'q' ? 1 : 4;
            const uint64_t id = le(take(n), n);
            if (id > kMaxMemoId) refuse("a memo index out of range (malformed)");
            classMemo_.insert(id);
        } else if (pending_ == Pending::Class && op == ')') {
            pending_ = Pending::Args;
        } else if (pending_ == Pending::Args && op == 'R') {
            pending_ = Pending::None;
            stack_.push_back(Item{out_.size(), Kind::OrderedDict});
            out_.push_back('}');
        } else {
            refuse("it uses collections.OrderedDict other than as an empty constructor");
        }
    }

    std::string_view in_;
    size_t pos_ = 0;
    std::string out_;
    std::vector<Item> stack_;
    std::vector<size_t> marks_; // stack depth at each open MARK
    Pending pending_ = Pending::None;
    std::map<uint64_t, Item> memo_;               // id -> the memoised item
    std::multimap<size_t, uint64_t> memoByStart_; // where a memoised item begins -> its id
    std::set<uint64_t> classMemo_, cutMemo_;
};

} // namespace

std::string restrictStateDictPickle(std::string_view pickle) {
    return Walker(pickle).run();
}

} // namespace memescope::ml
