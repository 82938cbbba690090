import { describe, expect, it } from "vitest";
import { HtmlParseError, parseTelegramHtml, trimParsed } from "./telegram/html.js";

describe("parseTelegramHtml", () => {
  it.each([
    ["<b>bold</b> text", "bold text", [{ type: "bold", offset: 0, length: 4 }]],
    // Entity offsets count UTF-16 units: the emoji takes two.
    ["🙂 <i>x</i>", "🙂 x", [{ type: "italic", offset: 3, length: 1 }]],
    [
      "<b>all <i>of it</i></b>",
      "all of it",
      [
        { type: "bold", offset: 0, length: 9 },
        { type: "italic", offset: 4, length: 5 },
      ],
    ],
    ["&lt;b&gt; &amp; &quot;q&quot; &#8212; &#x41; &amp", '<b> & "q" — A &', []],
    [
      '<a href="example.org/x">site</a>',
      "site",
      [{ type: "text_link", offset: 0, length: 4, url: "http://example.org/x" }],
    ],
    // Telegram drops a link it cannot use rather than failing.
    ['<a href="x">dropped</a>', "dropped", []],
    ["<tg-spoiler>s</tg-spoiler>", "s", [{ type: "spoiler", offset: 0, length: 1 }]],
    ["<blockquote expandable>q</blockquote>", "q", [{ type: "expandable_blockquote", offset: 0, length: 1 }]],
    ["<b></b>empty", "empty", []],
  ])("%j", (html, text, entities) => {
    expect(parseTelegramHtml(html)).toEqual({ text, entities });
  });

  it.each([
    ["Київ < Харків", 'Unsupported start tag "" at byte offset 9'],
    ["<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'],
    ["</b>", "Unexpected end tag at byte offset 0"],
    ["<b", "Unclosed start tag at byte offset 0"],
    ["<b>x</b", "Unclosed end tag at byte offset 4"],
    ["<b attr>x</b>", 'Expected equal sign in declaration of an attribute of the tag "b" at byte offset 0'],
    ["<a href=a_b>x</a>", "Unexpected end of name token at byte offset 8"],
    ['<tg-emoji emoji-id="0">x</tg-emoji>', "Invalid custom emoji identifier specified"],
    ["x &copy; y", 'Unescaped "&" at byte offset 2: write it as &amp;'],
  ])("rejects %j", (html, message) => {
    expect(() => parseTelegramHtml(html)).toThrow(new HtmlParseError(message));
  });

  it("keeps a bare & when strictAmp is off, as Telegram does", () => {
    expect(parseTelegramHtml("a & b &nbsp;", { strictAmp: false }).text).toBe("a & b &nbsp;");
  });

  it("trims whitespace and clips entities", () => {
    expect(trimParsed(parseTelegramHtml("\n <b> x </b>\n"))).toEqual({
      text: "x",
      entities: [{ type: "bold", offset: 0, length: 1 }],
    });
  });
});
