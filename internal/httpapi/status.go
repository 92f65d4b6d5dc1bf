package httpapi

import (
	"fmt"
	"net/http"
)

// statusNames maps a code to the name of its net/http constant. Fiber
// declares the same names, so a fix can keep a fiber.StatusX qualifier.
var statusNames = map[int]string{
	100: "StatusContinue", 101: "StatusSwitchingProtocols", 102: "StatusProcessing", 103: "StatusEarlyHints",
	200: "StatusOK", 201: "StatusCreated", 202: "StatusAccepted", 203: "StatusNonAuthoritativeInfo",
	204: "StatusNoContent", 205: "StatusResetContent", 206: "StatusPartialContent", 207: "StatusMultiStatus",
	208: "StatusAlreadyReported", 226: "StatusIMUsed",
	300: "StatusMultipleChoices", 301: "StatusMovedPermanently", 302: "StatusFound", 303: "StatusSeeOther",
	304: "StatusNotModified", 305: "StatusUseProxy", 307: "StatusTemporaryRedirect", 308: "StatusPermanentRedirect",
	400: "StatusBadRequest", 401: "StatusUnauthorized", 402: "StatusPaymentRequired", 403: "StatusForbidden",
	404: "StatusNotFound", 405: "StatusMethodNotAllowed", 406: "StatusNotAcceptable", 407: "StatusProxyAuthRequired",
	408: "StatusRequestTimeout", 409: "StatusConflict", 410: "StatusGone", 411: "StatusLengthRequired",
	412: "StatusPreconditionFailed", 413: "StatusRequestEntityTooLarge", 414: "StatusRequestURITooLong",
	415: "StatusUnsupportedMediaType", 416: "StatusRequestedRangeNotSatisfiable", 417: "StatusExpectationFailed",
	418: "StatusTeapot", 421: "StatusMisdirectedRequest", 422: "StatusUnprocessableEntity", 423: "StatusLocked",
	424: "StatusFailedDependency", 425: "StatusTooEarly", 426: "StatusUpgradeRequired", 428: "StatusPreconditionRequired",
	429: "StatusTooManyRequests", 431: "StatusRequestHeaderFieldsTooLarge", 451: "StatusUnavailableForLegalReasons",
	500: "StatusInternalServerError", 501: "StatusNotImplemented", 502: "StatusBadGateway", 503: "StatusServiceUnavailable",
	504: "StatusGatewayTimeout", 505: "StatusHTTPVersionNotSupported", 506: "StatusVariantAlsoNegotiates",
	507: "StatusInsufficientStorage", 508: "StatusLoopDetected", 510: "StatusNotExtended",
	511: "StatusNetworkAuthenticationRequired",
}

// StatusConstName returns the net/http constant name for code ("StatusOK").
func StatusConstName(code int) (string, bool) {
	name, ok := statusNames[code]
	return name, ok
}

// Describe renders a code with its reason phrase: "201 Created".
func Describe(code int) string {
	if text := http.StatusText(code); text != "" {
		return fmt.Sprintf("%d %s", code, text)
	}
	return fmt.Sprint(code)
}

// NoContentStatus reports whether a response with this code carries no body
// (RFC 9110 §15.3.5, §15.3.6, §15.4.5).
func NoContentStatus(code int) bool {
	return code == http.StatusNoContent || code == http.StatusResetContent || code == http.StatusNotModified
}

// RedirectStatus reports whether code is a redirection a Location header
// makes sense with (RFC 9110 §15.4); 304, 305 and 306 are not redirects.
func RedirectStatus(code int) bool {
	switch code {
	case 300, 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// ValidStatus reports whether code is inside the range RFC 9110 §15 defines.
func ValidStatus(code int) bool { return code >= 100 && code <= 599 }
