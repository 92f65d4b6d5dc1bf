package rules

import "testing"

func TestMessageNames(t *testing.T) {
	phrases := DefaultPhrases()
	for _, tc := range []struct {
		text string
		want int // 0: no evidence
	}{
		{"user not found", 404},
		{"User Not Found.", 404},
		{"no such user", 404},
		{"the user doesn't exist", 404},
		{"Unauthorized", 401},
		{"forbidden: not allowed to delete", 403},
		{"method not allowed", 405},
		{"email already taken", 409},
		{"invalid JSON body", 400},
		// no evidence
		{"", 0},
		{"notfound", 0},
		{"errors.not_found", 0},
		{"user.notFound", 0},
		{"auth:unauthorized", 0},
		{"not unauthorized", 0},
		{"no duplicate rows", 0},
		{"the token isn't malformed", 0},
		{`invalid name "not found"`, 0},
		{"invalid name 'not found'", 0},
		{"invalid name `forbidden`", 0},
		{"not found or access denied", 0},
		{"template not found", 0},
		{"no such table: users", 0},
		{"unforbidden", 0},
		{"nonduplicate", 0},
	} {
		p, ok := msgText{text: tc.text, whole: true}.names(phrases)
		got := 0
		if ok {
			got = p.Code
		}
		if got != tc.want {
			t.Errorf("%q names %d (%q), want %d", tc.text, got, p.Text, tc.want)
		}
	}
}

func TestPhraseWrong(t *testing.T) {
	notFound := Phrase{Text: "not found", Code: 404}
	forbidden := Phrase{Text: "forbidden", Code: 403}
	method := Phrase{Text: "method not allowed", Code: 405}
	weak := Phrase{Text: "invalid token", Code: 401, Weak: true}
	for _, tc := range []struct {
		p       Phrase
		code    int
		isError bool
		want    bool
	}{
		{notFound, 500, false, true},
		{notFound, 200, true, true},
		{notFound, 200, false, false},
		{notFound, 404, true, false},
		{notFound, 410, true, false},
		{notFound, 400, true, false},
		{notFound, 422, true, false},
		{notFound, 502, true, false},
		{notFound, 302, true, false},
		{forbidden, 400, true, true},
		{forbidden, 401, true, false},
		{forbidden, 404, true, false},
		{method, 404, true, true},
		{method, 405, true, false},
		{method, 501, true, false},
		{weak, 400, true, false},
		{weak, 500, true, true},
	} {
		if got := phraseWrong(tc.p, tc.code, tc.isError); got != tc.want {
			t.Errorf("phraseWrong(%q, %d, %v) = %v, want %v", tc.p.Text, tc.code, tc.isError, got, tc.want)
		}
	}
}

func TestFormatPrefix(t *testing.T) {
	for _, tc := range []struct {
		s     string
		text  string
		whole bool
	}{
		{"not found", "not found", true},
		{"not found: %s", "not found: ", false},
		{"user %s not found", "user ", false},
		{"100%% not found", "100% not found", true},
	} {
		m := formatPrefix(tc.s)
		if m.text != tc.text || m.whole != tc.whole {
			t.Errorf("formatPrefix(%q) = %q, %v; want %q, %v", tc.s, m.text, m.whole, tc.text, tc.whole)
		}
	}
}

func TestParseMessagePhrases(t *testing.T) {
	got, err := ParseMessagePhrases("Nicht  Gefunden:404; keine Berechtigung : 403;")
	if err != nil || len(got) != 2 || got[0] != (Phrase{Text: "nicht gefunden", Code: 404}) || got[1] != (Phrase{Text: "keine berechtigung", Code: 403}) {
		t.Errorf("ParseMessagePhrases = %v, %v", got, err)
	}
	for _, bad := range []string{"x", "x:", ":404", "x:200", "x:abc", "'x':404"} {
		if _, err := ParseMessagePhrases(bad); err == nil {
			t.Errorf("ParseMessagePhrases(%q): no error", bad)
		}
	}
}
