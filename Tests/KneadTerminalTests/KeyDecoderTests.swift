import CNcurses
import KneadUI
import Testing
@testable import KneadTerminal

/// What `get_wch` results become: keys for the app, or a resize.
struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace), (9, .tab),
        (UInt32(Character("q").asciiValue!), .character("q")), (32, .character(" ")), (0x0436, .character("ж")),
        (1, .other(1)), (0x85, .other(0x85)),
    ])
    func charactersBecomeKeys(_ value: UInt32, _ key: Key) {
        #expect(KeyDecoder.decode(status: OK, value: value) == .key(key))
    }

    @Test func functionKeysBecomeArrowsPagingKeysEnterAndBackspace() {
        let pairs: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_F0 + 1, .other(KEY_F0 + 1)),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_A1, .home), (KEY_C1, .end), (KEY_A3, .pageUp), (KEY_C3, .pageDown),
        ]
        for (code, key) in pairs {
            #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(code)) == .key(key))
        }
    }

    @Test func resizeIsNotAKey() {
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, value: UInt32(KEY_RESIZE)) == .resize)
    }

    @Test func nothingToReadGivesNothing() {
        #expect(KeyDecoder.decode(status: ERR, value: 0) == nil)
    }
}
