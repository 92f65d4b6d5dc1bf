package asyncaccepted

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoAPI struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *echoAPI) {
	e.POST("/echo/uploads", echoUpload)
	e.POST("/echo/scans", api.scan)
	e5.POST("/v5/uploads", echo5Upload)
	e5.POST("/v5/scans", echo5Scan)

	e.POST("/echo/uploads/accepted", echoUploadAccepted)
	e5.POST("/v5/uploads/created", echo5UploadCreated)
}

func echoUpload(c echo.Context) error {
	go process(job{})
	return c.JSON(http.StatusOK, map[string]string{"status": "queued"}) // want `async-accepted: 200 OK answers POST /echo/uploads after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
}

func (api *echoAPI) scan(c echo.Context) error {
	go process(job{})
	return c.NoContent(200) // want `async-accepted: 200 OK answers POST /echo/scans after handing the work to a goroutine`
}

// echo v5 handlers take *echo.Context.
func echo5Upload(c *echo5.Context) error {
	go process(job{})
	return c.String(http.StatusOK, "queued") // want `async-accepted: 200 OK answers POST /v5/uploads after handing the work to a goroutine`
}

func echo5Scan(c *echo5.Context) error {
	go func() { process(job{}) }()
	return c.JSON(200, map[string]string{"status": "queued"}) // want `async-accepted: 200 OK answers POST /v5/scans after handing the work to a goroutine`
}

// --- quiet ---

func echoUploadAccepted(c echo.Context) error {
	go process(job{})
	return c.NoContent(http.StatusAccepted)
}

func echo5UploadCreated(c *echo5.Context) error {
	go audit(job{})
	c.Response().Header().Set(echo5.HeaderLocation, "/v5/uploads/1")
	return c.JSON(http.StatusCreated, job{ID: "1"})
}

func echoResultRoutes(e *echo.Echo, e5 *echo5.Echo) {
	e.POST("/echo/items", echoCreateAndNotify)
	e5.POST("/v5/items", echo5CreateAndNotify)
}

func echoCreateAndNotify(c echo.Context) error {
	item, err := store.Create(c.FormValue("name"))
	if err != nil {
		return err
	}
	go notify(item)
	return c.JSON(http.StatusOK, item)
}

func echo5CreateAndNotify(c *echo5.Context) error {
	item, err := store.Create(c.FormValue("name"))
	if err != nil {
		return err
	}
	go notify(item)
	return c.JSON(http.StatusOK, map[string]any{"item": item})
}
