package rules

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// MessageStatus reports a status whose own message names another code's situation.
var MessageStatus = Rule{
	ID:    "message-status",
	Group: Default,
	Title: "a status whose message names another code's situation",
	Doc: "The constant text a response sends with its status says what happened, and\n" +
		"it names a situation that belongs to another code: `http.Error`'s message,\n" +
		"the string under an `error`, `message`, `msg`, `err` or `detail` key of a map\n" +
		"literal (`gin.H`, `echo.Map`, `fiber.Map`, `map[string]string`) or field of a\n" +
		"struct literal, `echo.NewHTTPError(code, msg)`, `fiber.NewError(code, msg)`,\n" +
		"`c.String(code, msg)`, `w.Write([]byte(msg))`, the message argument of a\n" +
		"response helper, or the constant prefix of a built message\n" +
		"(`\"not found: \" + id`, `fmt.Sprintf(\"not found: %s\", id)`; only the text\n" +
		"before the first verb counts). The phrases, matched as whole words in any\n" +
		"case:\n" +
		"\n" +
		"- 404: \"not found\", \"does not exist\", \"no such\";\n" +
		"- 409: \"already exists\", \"already taken\", \"duplicate\";\n" +
		"- 405: \"method not allowed\";\n" +
		"- 401: \"unauthorized\", \"not authenticated\", \"login required\", \"invalid\n" +
		"  token\", \"token expired\";\n" +
		"- 403: \"forbidden\", \"permission denied\", \"access denied\", \"not allowed to\";\n" +
		"- 400: \"invalid JSON\", \"malformed\", \"cannot parse\".\n" +
		"\n" +
		"`-message-status.phrases` adds phrases: `PHRASE:CODE;...` with a 4xx CODE\n" +
		"(`nicht gefunden:404;keine Berechtigung:403`); a phrase added for a code not\n" +
		"listed above is read like the 404 ones.\n" +
		"\n" +
		"Only a code of a clearly different class is reported: 500 for any phrase; a\n" +
		"2xx when the text is an error (`http.Error`, an error constructor, an\n" +
		"`error` key or field); another 4xx only for \"method not allowed\" (405) and\n" +
		"for the 401 and 403 phrases. Quiet: a 4xx for a not-found, conflict or\n" +
		"malformed-input phrase (a record named in the body answered 400 or 422, a\n" +
		"duplicate answered 422); 401 and 403 with each other's phrases (\"unauthorized\"\n" +
		"is commonly written for both) and 404 with either (it hides what exists);\n" +
		"\"invalid token\", \"token expired\" and \"not allowed to\" with any 4xx (a reset\n" +
		"link's token, \"not allowed to be empty\"); 405 or 501 for \"method not\n" +
		"allowed\"; 502, 503 and 504, whose text may be an upstream's words; a\n" +
		"3xx, and a 2xx whose text is only a `message`.\n" +
		"\n" +
		"No evidence: a message that is not constant (`err.Error()`) or whose constant\n" +
		"part comes after a variable (`fmt.Sprintf(\"user %s not found\", id)` reads\n" +
		"\"user \"); an i18n key (`errors.not_found`, `user.notFound`: no spaces, a\n" +
		"dot, underscore or colon); a negated phrase (\"not unauthorized\", \"no\n" +
		"duplicate\"); a phrase inside quotes (`invalid name \"not found\"`); a text that\n" +
		"names phrases of two codes; a text about the server's own parts (a template,\n" +
		"config, file, table, database, upstream or cache: \"template not found\" is a\n" +
		"500). A phrase in a log call is not the response. When not-found-status,\n" +
		"conflict-status, auth-status, client-error-status, validation-status,\n" +
		"method-guard-status or error-branch-success already reports the status, it\n" +
		"wins and this rule stays quiet.",
	Wrong: `
if user == nil {
	http.Error(w, "user not found", http.StatusInternalServerError) // wrong: 404
	return
}
if !user.CanEdit(doc) {
	return c.JSON(http.StatusBadRequest, echo.Map{"error": "permission denied"}) // wrong: 403
}
`,
	Right: `
if user == nil {
	http.Error(w, "user not found", http.StatusNotFound)
	return
}
if !user.CanEdit(doc) {
	return c.JSON(http.StatusForbidden, echo.Map{"error": "permission denied"})
}
`,
	Basis: "seed 400, 401, 403, 404, 405, 409; RFC 9110 §15.5",
	Fix:   "replaces the status with the phrase's code (none for a not-found phrase in a POST)",
	// The message and the status are at one call: helpers are checked too.
	Helpers: true,
	Run:     runMessageStatus,
}

// Phrase is a message-status phrase and the code whose situation it names.
type Phrase struct {
	Text string // lower case
	Code int
	// Weak: the phrase is also written about requests that are merely
	// invalid (a reset link's token, "not allowed to be empty"): only a
	// 2xx or a 500 is reported, never another 4xx.
	Weak bool
}

// DefaultPhrases is the message-status table.
func DefaultPhrases() []Phrase {
	return []Phrase{
		{Text: "not found", Code: 404},
		{Text: "does not exist", Code: 404},
		{Text: "doesn't exist", Code: 404},
		{Text: "no such", Code: 404},
		{Text: "already exists", Code: 409},
		{Text: "already taken", Code: 409},
		{Text: "duplicate", Code: 409},
		{Text: "method not allowed", Code: 405},
		{Text: "unauthorized", Code: 401},
		{Text: "unauthorised", Code: 401},
		{Text: "not authenticated", Code: 401},
		{Text: "login required", Code: 401},
		{Text: "invalid token", Code: 401, Weak: true},
		{Text: "token expired", Code: 401, Weak: true},
		{Text: "forbidden", Code: 403},
		{Text: "permission denied", Code: 403},
		{Text: "access denied", Code: 403},
		{Text: "not allowed to", Code: 403, Weak: true},
		{Text: "invalid json", Code: 400},
		{Text: "malformed", Code: 400},
		{Text: "cannot parse", Code: 400},
	}
}

// ParseMessagePhrases reads "PHRASE:CODE;PHRASE:CODE", CODE a 4xx status.
func ParseMessagePhrases(s string) ([]Phrase, error) {
	var out []Phrase
	for _, entry := range strings.Split(s, ";") {
		if strings.TrimSpace(entry) == "" {
			continue
		}
		i := strings.LastIndex(entry, ":")
		var text, code string
		if i >= 0 {
			text, code = strings.TrimSpace(entry[:i]), strings.TrimSpace(entry[i+1:])
		}
		n, err := strconv.Atoi(code)
		if i < 0 || text == "" || err != nil || n < 400 || n > 499 {
			return nil, fmt.Errorf("bad entry %q: want PHRASE:CODE with a 4xx CODE, e.g. \"nicht gefunden:404\"", strings.TrimSpace(entry))
		}
		if strings.ContainsAny(text, "\"'`") {
			return nil, fmt.Errorf("bad entry %q: a phrase has no quotes", strings.TrimSpace(entry))
		}
		out = append(out, Phrase{Text: strings.ToLower(strings.Join(strings.Fields(text), " ")), Code: n})
	}
	return out, nil
}

// phraseMeaning says what a phrase's code is for, after "which is".
var phraseMeaning = map[int]string{
	400: "a request that could not be read",
	401: "missing or invalid credentials",
	403: "a known user without permission",
	404: "a resource that is not there",
	405: "a method the resource does not support",
	409: "a conflict with the resource's current state",
}

// deferTo are the rules that name the same status events from stronger
// evidence (the guard, the error); when one of them reports an event,
// message-status does not.
var deferTo = []*Rule{&NotFoundStatus, &ConflictStatus, &AuthStatus, &ClientErrorStatus, &ServerErrorStatus, &ValidationStatus, &MethodGuardStatus, &ErrorBranchSuccess}

func runMessageStatus(c *Context) {
	var others map[token.Pos]bool // where the rules of deferTo report, computed on first need
	phrases := append(DefaultPhrases(), c.Options.Phrases...)
	c.statuses(func(e *model.Event) {
		msg, from, ok := c.message(e)
		if !ok {
			return
		}
		p, ok := msg.names(phrases)
		if !ok || !phraseWrong(p, e.Status, msg.isError) {
			return
		}
		if others == nil {
			others = c.othersReport()
		}
		if others[statusNode(e).Pos()] || others[e.Call.Pos()] {
			return // the rule with the stronger evidence reports it
		}
		var fix *analysis.SuggestedFix
		// A POST that finds nothing looked up what its body named: 404 is
		// not necessarily the code (not-found-status stays quiet there).
		if p.Code != 404 || !e.Before.Methods.Known() || !e.Before.Methods.Within(httpapi.POST) {
			fix = c.ReplaceStatus(e.StatusExpr, p.Code)
		}
		var rel []analysis.RelatedInformation
		if from != e {
			rel = related([]*model.Event{from}, "the message is written here")
		}
		names := "the situation of " + httpapi.Describe(p.Code) // a phrase added for another code
		if meaning, ok := phraseMeaning[p.Code]; ok {
			names = meaning + ", which is " + httpapi.Describe(p.Code)
		}
		c.Report(statusNode(e), fix, rel, "%s sends the message %s in %s; %q names %s, use %s",
			httpapi.Describe(e.Status), msg.quote(), where(e), p.Text, names, httpapi.Describe(p.Code))
	})
}

// othersReport runs the rules message-status defers to without reporting
// and returns where they would report.
func (c *Context) othersReport() map[token.Pos]bool {
	at := map[token.Pos]bool{}
	for _, r := range deferTo {
		oc := NewContext(c.Pass, c.Model, c.Classify, c.Options, *r, func(d analysis.Diagnostic) { at[d.Pos] = true })
		r.Run(oc)
	}
	return at
}

// phraseWrong reports whether code is in a clearly different class from
// the situation p names; isError says the text is an error's.
func phraseWrong(p Phrase, code int, isError bool) bool {
	switch {
	case code >= 200 && code <= 299:
		return isError
	case code == 500:
		return true
	case code < 400 || code > 499:
		return false // 1xx, 3xx, other 5xx (an upstream's words)
	case p.Weak:
		return false
	}
	switch p.Code {
	case 405:
		return code != 405
	case 401, 403:
		return code != 401 && code != 403 && code != 404 && code != 407
	}
	return false // not found, conflict, malformed input: any 4xx is a client error of the kind
}

// msgText is the constant text a response sends as its message.
type msgText struct {
	text    string // the constant text (the whole message, or its constant prefix)
	whole   bool   // text is the whole message
	isError bool   // the text is an error's: http.Error, an error constructor, an error key or field
}

func (m msgText) quote() string {
	t := m.text
	if r := []rune(t); len(r) > 60 {
		t, m.whole = string(r[:60]), false
	}
	if m.whole {
		return strconv.Quote(t)
	}
	return strconv.Quote(t) + "+…"
}

// errorSinks are the calls whose message is an error's.
var errorSinks = map[string]bool{
	"net/http.Error": true,
	"github.com/labstack/echo/v4.NewHTTPError": true,
	"github.com/labstack/echo/v5.NewHTTPError": true,
	"github.com/gofiber/fiber/v2.NewError":     true,
	"github.com/gofiber/fiber/v3.NewError":     true,
}

// message returns the constant message e's response sends, and the event
// that writes it: e itself when it renders one, or the one body write
// made with e's status in effect and no other.
func (c *Context) message(e *model.Event) (msgText, *model.Event, bool) {
	for _, o := range e.Bodies() {
		if o != e && (!o.Before.StatusSet || len(o.Before.Status) != 1) {
			continue // another status may be the one this body goes with
		}
		args := o.BodyArgs()
		if len(args) == 0 {
			continue
		}
		if m, ok := c.messageOf(args[0], 0); ok {
			m.isError = m.isError || errorSinks[o.Key]
			return m, o, true
		}
	}
	return msgText{}, nil, false
}

// messageKeys are the map keys and struct fields (lower case) that hold a
// response's message; the first three make it an error's.
var messageKeys = map[string]bool{"error": true, "err": true, "errors": true, "message": false, "msg": false, "detail": false}

// messageOf reads the constant text of a message expression: a constant,
// a concatenation's constant prefix, a format's text before its first
// verb, []byte(...), errors.New, a local with one value, or the message
// key of a map or struct literal.
func (c *Context) messageOf(x ast.Expr, depth int) (msgText, bool) {
	if depth > 3 {
		return msgText{}, false
	}
	x = ast.Unparen(x)
	info := c.Pass.TypesInfo
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return msgText{}, false
		}
		return formatPrefix(constant.StringVal(tv.Value)), true
	}
	switch x := x.(type) {
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return msgText{}, false
		}
		m, ok := c.messageOf(x.X, depth+1)
		m.whole = false
		return m, ok && m.text != ""
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok && !v.IsField() {
			if val := c.Model.Value(v); val != nil {
				return c.messageOf(val, depth+1)
			}
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.messageOf(x.X, depth+1)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.messageOf(x.Args[0], depth+1) // []byte("..."), string(...)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil || len(x.Args) == 0 {
			return msgText{}, false
		}
		switch httpapi.Key(fn) {
		case "errors.New":
			m, ok := c.messageOf(x.Args[0], depth+1)
			m.isError = true
			return m, ok
		case "fmt.Errorf", "fmt.Sprintf":
			tv := info.Types[x.Args[0]]
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				return msgText{}, false
			}
			m := formatPrefix(constant.StringVal(tv.Value))
			m.isError = fn.Name() == "Errorf"
			return m, m.text != ""
		}
	case *ast.CompositeLit:
		var found *msgText
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			var key string
			if id, ok := kv.Key.(*ast.Ident); ok && isStructLit(info, x) {
				key = id.Name
			} else if tv := info.Types[kv.Key]; tv.Value != nil && tv.Value.Kind() == constant.String {
				key = constant.StringVal(tv.Value)
			}
			isErr, ok := messageKeys[strings.ToLower(key)]
			if !ok {
				continue
			}
			m, ok := c.messageOf(kv.Value, depth+1)
			if !ok {
				continue
			}
			m.isError = m.isError || isErr
			if found != nil {
				return msgText{}, false // two messages: which one names the situation?
			}
			found = &m
		}
		if found != nil {
			return *found, true
		}
	}
	return msgText{}, false
}

func isStructLit(info *types.Info, x *ast.CompositeLit) bool {
	t := info.TypeOf(x)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// formatPrefix returns s up to its first formatting verb ("%%" is a
// percent sign). A constant that is not a format is cut there too: a
// text with a verb in it is rarely meant for the client as it stands.
func formatPrefix(s string) msgText {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			if i+1 < len(s) && s[i+1] == '%' {
				b.WriteByte('%')
				i++
				continue
			}
			return msgText{text: b.String()}
		}
		b.WriteByte(s[i])
	}
	return msgText{text: b.String(), whole: true}
}

// serverNouns name the server's own parts: a phrase about one of them
// ("template not found", "no such table") is a server failure, whatever
// the words.
var serverNouns = map[string]bool{
	"template": true, "templates": true, "config": true, "configuration": true, "file": true, "files": true,
	"directory": true, "table": true, "column": true, "database": true, "db": true, "host": true,
	"upstream": true, "backend": true, "cache": true, "secret": true, "certificate": true, "env": true,
	"environment": true, "driver": true, "plugin": true, "schema": true, "migration": true, "response": true,
	"server": true, "internal": true,
}

// negations before a phrase turn it around.
var negations = map[string]bool{"not": true, "no": true, "never": true, "without": true, "non": true}

// names returns the phrase the message names. No phrase, phrases of two
// codes, an i18n key or a text about the server's parts give nothing; a
// negated or quoted occurrence does not count.
func (m msgText) names(phrases []Phrase) (Phrase, bool) {
	t := strings.TrimSpace(m.text)
	if t == "" || (!strings.ContainsFunc(t, unicode.IsSpace) && (strings.ContainsAny(t, "._:") || camel(t))) {
		return Phrase{}, false // an i18n key: errors.not_found, user.notFound
	}
	lower := strings.ToLower(t)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if serverNouns[w] {
			return Phrase{}, false
		}
	}
	var found Phrase
	ok := false
	for _, p := range phrases {
		for from := 0; ; {
			i := strings.Index(lower[from:], p.Text)
			if i < 0 {
				break
			}
			i += from
			from = i + len(p.Text)
			if !boundary(lower, i, from) || negated(lower[:i]) || quoted(lower, i) {
				continue
			}
			if ok && found.Code != p.Code {
				return Phrase{}, false // two situations
			}
			if !ok || (found.Weak && !p.Weak) {
				found = p
			}
			ok = true
		}
	}
	return found, ok
}

// camel reports an identifier in camel case: a lower-case letter followed
// by an upper-case one.
func camel(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			return true
		}
		prev = r
	}
	return false
}

// boundary reports whether s[i:j] is whole words.
func boundary(s string, i, j int) bool {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); word(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); word(r) {
			return false
		}
	}
	return true
}

// negated reports whether the text before a phrase ends in a negation:
// "not unauthorized", "no duplicate", "isn't forbidden", "non-duplicate".
func negated(before string) bool {
	f := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return negations[last] || strings.HasSuffix(last, "n't") || strings.HasSuffix(last, "n’t")
}

// quoted reports whether the text at i is inside quotes: a value the user
// sent, echoed back ("invalid name \"not found\"").
func quoted(s string, i int) bool {
	for _, q := range []string{`"`, "`", "“"} {
		if strings.Count(s[:i], q)%2 == 1 {
			return true
		}
	}
	if strings.Contains(s[:i], "“") && strings.Contains(s[i:], "”") {
		return true
	}
	// A single quote opens a value when it does not stand between two
	// letters (an apostrophe: "doesn't").
	open := false
	for k, r := range s[:i] {
		if r != '\'' && r != '‘' && r != '’' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		next, _ := utf8.DecodeRuneInString(s[k+utf8.RuneLen(r):])
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			continue
		}
		open = !open
	}
	return open
}
