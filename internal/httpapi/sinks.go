package httpapi

// Receiver as a Sink.Resp means the response is the method's receiver.
const Receiver = -1

// None as an argument index means the call has no such argument.
const None = -2

// Sink describes what a call does to the response it is given.
type Sink struct {
	Resp      int  // argument holding the response (writer or context), or Receiver
	Status    int  // argument holding the status, or None
	Fixed     int  // status written when Status is None (404 for http.NotFound); 0: none
	Optional  int  // status used when a variadic Status argument is absent (fiber v2 Redirect)
	Body      int  // argument holding the body (for "is it empty?"), or None
	Writes    bool // writes a body
	Commits   bool // sends the header now (false: stored until the body is written)
	Complete  bool // finishes the response: nothing should be written after it
	Redirect  bool // the status must be a redirection
	Returned  bool // an error value the framework turns into a response when the handler returns it
	BindFails bool // gin: answers 400 itself when the returned error is non-nil
	ViaCtor   bool // Resp is the receiver, built by an encoder constructor (EncoderCtors) from the response
	Chooses   bool // picks its own status as it writes (http.ServeFile: 200, 206, 304, 404, ...)
	ByRequest bool // the Resp argument is the handler's *http.Request (render.Status keeps the code in its context)
	// SendsFirst: the call sends the header (200 unless a status was set)
	// before anything can fail, so its error branch has the header sent.
	// True of raw writes to a net/http-style writer (w.Write, fmt.Fprint,
	// io.WriteString, buf.WriteTo(w)); false of an encoder or a template,
	// which may fail before writing, and of io.Copy, whose error may come
	// from the source before the first write.
	SendsFirst bool
	// ValueChooses: the body value may choose the status as it is written
	// (chi's render.Render: the Renderer calls render.Status), so the status
	// in effect before the call is not necessarily the one sent.
	ValueChooses bool
}

// Header describes a header mutation: which argument is the key.
type Header struct {
	Resp  int    // where the response is (Receiver: the header map comes from w.Header())
	Key   int    // argument holding the key, or None
	Fixed string // the key when Key is None (fiber's c.Location sets Location)
}

func render(statusArg, bodyArg int) Sink {
	return Sink{Resp: Receiver, Status: statusArg, Body: bodyArg, Writes: true, Commits: true, Complete: true}
}

func body(resp int) Sink {
	return Sink{Resp: resp, Status: None, Body: None, Writes: true, Commits: true}
}

// rawWrite is a body write that sends the header before it can fail.
func rawWrite(resp int) Sink {
	s := body(resp)
	s.SendsFirst = true
	return s
}

// fileSink serves a file, choosing the status itself.
func fileSink(resp int) Sink {
	return Sink{Resp: resp, Status: None, Body: None, Writes: true, Commits: true, Complete: true, Chooses: true}
}

// Sinks is keyed by Key(callee). It is built once and only read.
var Sinks = buildSinks()

// HeaderCalls lists header mutations keyed by Key(callee).
var HeaderCalls = map[string]Header{
	pkgHTTP + ".Header.Set":     {Resp: Receiver, Key: 0},
	pkgHTTP + ".Header.Add":     {Resp: Receiver, Key: 0},
	pkgHTTP + ".Header.Del":     {Resp: Receiver, Key: 0},
	pkgHTTP + ".SetCookie":      {Resp: 0, Key: None, Fixed: "Set-Cookie"},
	pkgGin + ".Context.Header":  {Resp: Receiver, Key: 0},
	pkgFiber2 + ".Ctx.Set":      {Resp: Receiver, Key: 0},
	pkgFiber3 + ".Ctx.Set":      {Resp: Receiver, Key: 0},
	pkgFiber2 + ".Ctx.Location": {Resp: Receiver, Key: None, Fixed: "Location"},
	pkgFiber3 + ".Ctx.Location": {Resp: Receiver, Key: None, Fixed: "Location"},
}

// HeaderAccessors return the response's header map.
var HeaderAccessors = map[string]bool{
	pkgHTTP + ".ResponseWriter.Header": true,
	pkgEcho4 + ".Response.Header":      true,
}

// EncoderCtors build an encoder writing to their first argument (or, for
// http.NewResponseController, a controller of it).
var EncoderCtors = map[string]bool{
	"encoding/json.NewEncoder":         true,
	"encoding/xml.NewEncoder":          true,
	"encoding/gob.NewEncoder":          true,
	pkgHTTP + ".NewResponseController": true,
}

// Inert calls take the response but write nothing to it.
var Inert = map[string]bool{
	"encoding/json.NewEncoder":         true,
	"encoding/xml.NewEncoder":          true,
	"encoding/gob.NewEncoder":          true,
	pkgHTTP + ".MaxBytesReader":        true,
	pkgHTTP + ".NewResponseController": true,
}

// StatusFields are the frameworks' error types' status fields, keyed
// "pkg.Type.Field": a returned &echo.HTTPError{Code: 404} answers 404.
var StatusFields = map[string]bool{
	pkgEcho4 + ".HTTPError.Code": true,
	pkgEcho5 + ".HTTPError.Code": true,
	pkgFiber2 + ".Error.Code":    true,
	pkgFiber3 + ".Error.Code":    true,
}

// Joins wait for background work to finish.
var Joins = map[string]bool{
	"sync.WaitGroup.Wait":                   true,
	"golang.org/x/sync/errgroup.Group.Wait": true,
}

// Opaque context methods hand the response to code we cannot see.
var Opaque = map[string]bool{
	pkgGin + ".Context.Next": true,
	pkgFiber2 + ".Ctx.Next":  true,
	pkgFiber3 + ".Ctx.Next":  true,
}

// buildSinks fills the table in loops: one row per framework method would
// repeat each shape dozens of times.
func buildSinks() map[string]Sink {
	sinks := map[string]Sink{}
	add := func(key string, s Sink) { sinks[key] = s }

	// net/http
	add(pkgHTTP+".ResponseWriter.WriteHeader", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true})
	add(pkgHTTP+".ResponseWriter.Write", rawWrite(Receiver)) // "Write calls WriteHeader(http.StatusOK) before writing the data"
	// A flush sends the header (200 unless a status was set) and writes
	// nothing, like gin's WriteHeaderNow; the controller's deadline setters
	// and EnableFullDuplex are not writes at all.
	add(pkgHTTP+".Flusher.Flush", Sink{Resp: Receiver, Status: None, Body: None, Commits: true})
	add(pkgHTTP+".ResponseController.Flush", Sink{Resp: Receiver, Status: None, Body: None, Commits: true, ViaCtor: true})
	add(pkgHTTP+".Error", Sink{Resp: 0, Status: 2, Body: 1, Writes: true, Commits: true, Complete: true})
	add(pkgHTTP+".Redirect", Sink{Resp: 0, Status: 3, Body: None, Commits: true, Complete: true, Redirect: true})
	add(pkgHTTP+".RedirectHandler", Sink{Resp: None, Status: 1, Body: None, Redirect: true})
	add(pkgHTTP+".NotFound", Sink{Resp: 0, Status: None, Fixed: 404, Body: None, Writes: true, Commits: true, Complete: true})
	for _, f := range []string{"ServeContent", "ServeFile", "ServeFileFS"} {
		add(pkgHTTP+"."+f, fileSink(0))
	}
	add("io.WriteString", rawWrite(0))
	add("io.Copy", body(0))
	add("io.CopyN", body(0))
	add("io.CopyBuffer", body(0))
	for _, wt := range []string{"bytes.Buffer.WriteTo", "bytes.Reader.WriteTo", "strings.Reader.WriteTo"} {
		add(wt, rawWrite(0)) // buf.WriteTo(w): its only error is the write's
	}
	for _, f := range []string{"Fprint", "Fprintf", "Fprintln"} {
		add("fmt."+f, rawWrite(0)) // formats, then one w.Write
	}
	for _, enc := range []string{"encoding/json.Encoder.Encode", "encoding/xml.Encoder.Encode", "encoding/gob.Encoder.Encode"} {
		s := body(Receiver)
		s.ViaCtor = true
		add(enc, s)
	}
	for _, tp := range []string{"html/template", "text/template"} {
		add(tp+".Template.Execute", body(0))
		add(tp+".Template.ExecuteTemplate", body(0))
	}

	// go-chi/render: render.Status stores the code the next render uses.
	add(pkgRender+".Status", Sink{Resp: 0, Status: 1, Body: None, ByRequest: true})
	for _, f := range []string{"JSON", "XML", "Data", "PlainText", "HTML", "Render", "DefaultResponder", "RenderList"} {
		add(pkgRender+"."+f, Sink{Resp: 0, Status: None, Body: 2, Writes: true, Commits: true, Complete: true,
			ValueChooses: f == "Render" || f == "RenderList"})
	}
	add(pkgRender+".NoContent", Sink{Resp: 0, Status: None, Fixed: 204, Body: None, Commits: true, Complete: true})

	// gin: c.Status stores the code; renderers send it with the body.
	ginCtx := pkgGin + ".Context."
	add(ginCtx+"Status", Sink{Resp: Receiver, Status: 0, Body: None})
	for _, f := range []string{"JSON", "IndentedJSON", "SecureJSON", "PureJSON", "AsciiJSON", "JSONP", "XML", "YAML", "TOML", "ProtoBuf", "BSON", "Render", "Negotiate", "AbortWithStatusJSON", "AbortWithStatusPureJSON"} {
		add(ginCtx+f, render(0, 1))
	}
	add(ginCtx+"String", render(0, 1))
	add(ginCtx+"HTML", render(0, 2))
	add(ginCtx+"Data", render(0, 2))
	add(ginCtx+"DataFromReader", render(0, 3))
	add(ginCtx+"AbortWithStatus", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true, Complete: true})
	add(ginCtx+"AbortWithError", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true, Complete: true})
	add(ginCtx+"Redirect", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true, Complete: true, Redirect: true})
	for _, f := range []string{"File", "FileFromFS", "FileAttachment"} {
		add(ginCtx+f, fileSink(Receiver))
	}
	for _, f := range []string{"SSEvent", "Stream"} {
		add(ginCtx+f, body(Receiver))
	}
	for _, f := range []string{"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindPlain", "BindHeader", "BindUri", "MustBindWith"} {
		add(ginCtx+f, Sink{Resp: Receiver, Status: None, Fixed: 400, Body: None, BindFails: true})
	}
	add(pkgGin+".ResponseWriter.WriteString", rawWrite(Receiver)) // WriteHeaderNow, then the write
	add(pkgGin+".ResponseWriter.WriteHeaderNow", Sink{Resp: Receiver, Status: None, Body: None, Commits: true})

	// echo v4 (Context is an interface) and v5 (*Context).
	for _, pkg := range []string{pkgEcho4, pkgEcho5} {
		ctx := pkg + ".Context."
		for _, f := range []string{"JSON", "JSONBlob", "XML", "XMLBlob", "String", "HTML", "HTMLBlob"} {
			add(ctx+f, render(0, 1))
		}
		add(ctx+"JSONPretty", render(0, 1))
		add(ctx+"XMLPretty", render(0, 1))
		add(ctx+"JSONP", render(0, 2))
		add(ctx+"JSONPBlob", render(0, 2))
		add(ctx+"Blob", render(0, 2))
		add(ctx+"Stream", render(0, 2))
		add(ctx+"Render", render(0, 2))
		add(ctx+"NoContent", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true, Complete: true})
		add(ctx+"Redirect", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true, Complete: true, Redirect: true})
		for _, f := range []string{"File", "Attachment", "Inline"} {
			add(ctx+f, fileSink(Receiver))
		}
		add(pkg+".NewHTTPError", Sink{Resp: None, Status: 0, Body: 1, Writes: true, Complete: true, Returned: true})
	}
	add(pkgEcho5+".Context.FileFS", fileSink(Receiver))
	add(pkgEcho4+".Response.WriteHeader", Sink{Resp: Receiver, Status: 0, Body: None, Commits: true})
	add(pkgEcho4+".Response.Flush", Sink{Resp: Receiver, Status: None, Body: None, Commits: true})
	add(pkgEcho4+".Response.Write", rawWrite(Receiver)) // commits, then writes

	// fiber v2 (*Ctx) and v3 (Ctx interface): fasthttp buffers everything.
	for _, pkg := range []string{pkgFiber2, pkgFiber3} {
		ctx := pkg + ".Ctx."
		add(ctx+"Status", Sink{Resp: Receiver, Status: 0, Body: None})
		add(ctx+"SendStatus", Sink{Resp: Receiver, Status: 0, Body: None, Complete: true})
		for _, f := range []string{"JSON", "JSONP", "XML", "Send", "SendString", "Write", "WriteString", "Writef", "SendStream", "Render", "Format", "CBOR", "MsgPack"} {
			if pkg == pkgFiber2 && (f == "CBOR" || f == "MsgPack") {
				continue // added in v3
			}
			s := body(Receiver)
			s.Body = 0
			s.Commits = false
			s.Complete = f != "Write" && f != "WriteString" && f != "Writef"
			add(ctx+f, s)
		}
		file := fileSink(Receiver)
		file.Commits = false
		add(ctx+"SendFile", file)
		add(ctx+"Download", file)
		add(pkg+".NewError", Sink{Resp: None, Status: 0, Body: 1, Writes: true, Complete: true, Returned: true})
	}
	add(pkgFiber2+".Ctx.Redirect", Sink{Resp: Receiver, Status: 1, Optional: 302, Body: None, Complete: true, Redirect: true})
	add(pkgFiber3+".Redirect.Status", Sink{Resp: Receiver, Status: 0, Body: None, Redirect: true})
	add(pkgFiber3+".NewErrorf", Sink{Resp: None, Status: 0, Body: None, Writes: true, Complete: true, Returned: true})
	return sinks
}
