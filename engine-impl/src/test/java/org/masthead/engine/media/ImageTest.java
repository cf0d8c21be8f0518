package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Image uploads and serving over HTTP. */
class ImageTest {
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_UPLOAD = 256 * 1024;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static TestSite site;
    private static Client writer;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.maxBodyBytes(MAX_BODY).maxUploadBytes(MAX_UPLOAD));
        writer = site.newUser("photographer");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Client.Reply upload(Client client, String fileName, String declaredType, byte[] content) {
        return client.sendMultipart("POST", "/api/v1/images",
                Client.Multipart.file(ImageResource.FIELD, fileName, declaredType, content));
    }

    private static String code(Client.Reply reply) {
        return reply.json().get("errors").get(0).get("code").asText();
    }

    private static long stored() {
        return site.count("SELECT COUNT(*) FROM blob") + site.count("SELECT COUNT(*) FROM image");
    }

    /** Fetches an uploaded image, checks its headers and revalidation, and returns its bytes. */
    private static byte[] fetch(JsonNode image, String contentType) {
        Client reader = site.client();
        Client.Reply reply = reader.get(image.get("url").asText()).assertStatus(200);
        assertEquals(contentType, reply.header("Content-Type"));
        assertEquals(IMMUTABLE, reply.header("Cache-Control"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        String etag = reply.header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);

        Client.Reply unchanged = reader.send(HttpRequest.newBuilder(reader.base().resolve(image.get("url").asText()))
                .header("If-None-Match", etag).GET()).assertStatus(304);
        assertEquals(etag, unchanged.header("ETag"));
        assertEquals(0, unchanged.bytes().length);
        return reply.bytes();
    }

    @Test
    void pngIsStoredWithoutItsTextChunks() {
        byte[] png = TestImages.withChunk(TestImages.encode(TestImages.filled(64, 48, Color.ORANGE), "png"),
                TestImages.pngChunk("tEXt", "Comment\0taken at home".getBytes(StandardCharsets.ISO_8859_1)));
        JsonNode image = upload(writer, "photo.png", "image/png", png).assertStatus(201).json();
        assertTrue(image.get("id").asText().matches("[0-9a-f]{12}"), image.toString());
        assertEquals("/images/" + image.get("id").asText() + ".png", image.get("url").asText());
        assertEquals(64, image.get("width").asInt());
        assertEquals(48, image.get("height").asInt());
        assertEquals("image/png", image.get("contentType").asText());

        byte[] served = fetch(image, "image/png");
        assertFalse(TestImages.contains(served, "taken at home"));
        assertEquals(Color.ORANGE.getRGB(), TestImages.decode(served).getRGB(10, 10));
    }

    @Test
    void jpegLosesItsExifMetadata() {
        byte[] plain = TestImages.encode(TestImages.filled(80, 60, Color.GREEN), "jpeg");
        byte[] exif = ("Exif\0\0MM\0*\0\0\0\u0008GPS 48.858370N 2.294481E Camera serial 12345")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] withExif = TestImages.withApp1(plain, exif);
        assertTrue(TestImages.jpegMarkers(withExif).contains(0xE1), "premise: the upload has an APP1 segment");

        JsonNode image = upload(writer, "IMG_0001.JPG", "image/jpeg", withExif).assertStatus(201).json();
        assertEquals("image/jpeg", image.get("contentType").asText());
        assertTrue(image.get("url").asText().endsWith(".jpg"));
        assertEquals(80, image.get("width").asInt());

        byte[] served = fetch(image, "image/jpeg");
        List<Integer> markers = TestImages.jpegMarkers(served);
        assertFalse(markers.contains(0xE1), "no APP1 segment left: " + markers);
        assertFalse(TestImages.contains(served, "48.858370"));
        assertFalse(TestImages.contains(served, "Exif"));
        assertEquals(60, TestImages.decode(served).getHeight());
    }

    @Test
    void aPortraitPhotoIsTurnedUprightBeforeItsExifIsDropped() {
        // As a phone held upright stores it: the sensor's landscape pixels, and "rotate 90° clockwise" in EXIF.
        BufferedImage sensor = TestImages.filled(80, 40, Color.BLUE);
        Graphics painter = sensor.getGraphics();
        painter.setColor(Color.RED);
        painter.fillRect(0, 0, 40, 40);
        painter.dispose();
        byte[] photo = TestImages.withApp1(TestImages.encode(sensor, "jpeg"), TestImages.exifOrientation(6, false));

        JsonNode image = upload(writer, "portrait.jpg", "image/jpeg", photo).assertStatus(201).json();
        assertEquals(40, image.get("width").asInt());
        assertEquals(80, image.get("height").asInt());
        BufferedImage upright = TestImages.decode(fetch(image, "image/jpeg"));
        assertEquals(40, upright.getWidth());
        assertEquals(80, upright.getHeight());
        Color top = new Color(upright.getRGB(20, 10));
        Color bottom = new Color(upright.getRGB(20, 70));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "the left of the sensor is the top: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, "the right of the sensor is the bottom: " + bottom);
    }

    @Test
    void animatedGifIsKeptAsUploaded() {
        byte[] gif = TestImages.animatedGif(30, 20, Color.RED, Color.BLUE);
        JsonNode image = upload(writer, "dance.gif", "image/gif", gif).assertStatus(201).json();
        assertEquals("image/gif", image.get("contentType").asText());
        assertEquals(30, image.get("width").asInt());
        assertEquals(20, image.get("height").asInt());

        byte[] served = fetch(image, "image/gif");
        assertArrayEquals(gif, served);
        List<BufferedImage> frames = TestImages.frames(served);
        assertEquals(2, frames.size());
        assertEquals(Color.RED.getRGB(), frames.get(0).getRGB(5, 5));
        assertEquals(Color.BLUE.getRGB(), frames.get(1).getRGB(5, 5));
    }

    @Test
    void tiffBecomesPng() {
        byte[] tiff = TestImages.encode(TestImages.filled(40, 30, Color.MAGENTA), "tiff");
        JsonNode image = upload(writer, "scan.tif", "image/tiff", tiff).assertStatus(201).json();
        assertEquals("image/png", image.get("contentType").asText());
        assertTrue(image.get("url").asText().endsWith(".png"));

        BufferedImage served = TestImages.decode(fetch(image, "image/png"));
        assertEquals(40, served.getWidth());
        assertEquals(30, served.getHeight());
        assertEquals(Color.MAGENTA.getRGB(), served.getRGB(20, 15));
    }

    @Test
    void uploadsAreNotHeldToTheGeneralBodyLimit() {
        byte[] png = TestImages.encode(TestImages.noise(128, 128), "png");
        assertTrue(png.length > MAX_BODY && png.length < MAX_UPLOAD, "premise: " + png.length + " bytes");
        upload(writer, "noise.png", "image/png", png).assertStatus(201);

        Client.Reply json = writer.sendJson("PATCH", "/api/v1/stories/x",
                "{\"title\":\"" + "x".repeat(MAX_BODY) + "\"}");
        json.assertStatus(413);
    }

    @Test
    void aBodyOverTheUploadLimitIsRefusedAndNothingStored() throws IOException {
        long before = stored();
        byte[] big = Arrays.copyOf(TestImages.encode(TestImages.noise(64, 64), "png"), MAX_UPLOAD + 40_000);
        Client.Multipart form = Client.Multipart.file(ImageResource.FIELD, "big.png", "image/png", big);
        for (boolean chunked : new boolean[] {false, true}) {
            String response = rawPost("/api/v1/images", form, chunked);
            assertTrue(response.startsWith("HTTP/1.1 413 "), response);
            assertTrue(response.contains("\"code\":\"body_too_large\""), response);
        }
        assertEquals(before, stored());
    }

    /**
     * Posts {@code form} over a plain socket, with its length or chunked, and returns the whole response. The JDK's
     * client cannot be used here: it may drop a response that arrives before it has sent the whole body, which is
     * what a server does when it refuses a body from its length.
     */
    private static String rawPost(String path, Client.Multipart form, boolean chunked) throws IOException {
        URI uri = site.engine().uri();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nContent-Type: "
                    + form.contentType() + "\r\n" + (chunked ? "Transfer-Encoding: chunked"
                    : "Content-Length: " + form.body().length) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                if (chunked) {
                    for (int at = 0; at < form.body().length; at += 8192) {
                        int length = Math.min(8192, form.body().length - at);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(form.body(), at, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(form.body());
                }
                out.flush();
            } catch (IOException stoppedReading) {
                // The server answered and stopped reading before the end of the body: the answer is still there.
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        long before = stored();
        Client.Reply text = upload(writer, "innocent.png", "image/png",
                "<script>alert('not an image')</script>".getBytes(StandardCharsets.UTF_8));
        text.assertStatus(400);
        assertEquals("unsupported_image", code(text));

        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(ImageIO.getImageReadersByFormatName("webp").hasNext(), "premise: no WebP reader here");
        assertEquals("unsupported_image", code(upload(writer, "cat.webp", "image/webp", webp).assertStatus(400)));

        byte[] bmp = TestImages.encode(TestImages.filled(4, 4, Color.BLACK), "bmp");
        assertEquals("unsupported_image", code(upload(writer, "old.bmp", "image/png", bmp).assertStatus(400)));

        assertEquals("invalid_image", code(upload(writer, "broken.png", "image/png", TestImages.pngHeader(10, 10))
                .assertStatus(400)));

        JsonNode jpeg = upload(writer, "actually-a-jpeg.png", "image/png",
                TestImages.encode(TestImages.filled(8, 8, Color.BLUE), "jpeg")).assertStatus(201).json();
        assertEquals("image/jpeg", jpeg.get("contentType").asText());
        assertEquals(before + 2, stored(), "only the real image was stored (a blob and an image row)");
    }

    @Test
    void decompressionBombsAreRefusedFromTheirHeader() {
        long before = stored();
        Client.Reply wide = upload(writer, "wide.png", "image/png",
                TestImages.encode(new BufferedImage(20_000, 1, BufferedImage.TYPE_BYTE_GRAY), "png"));
        wide.assertStatus(400);
        assertEquals("image_too_large", code(wide));

        Client.Reply bomb = upload(writer, "bomb.png", "image/png", TestImages.pngHeader(50_000, 50_000));
        bomb.assertStatus(400);
        assertEquals("image_too_large", code(bomb));
        assertEquals(before, stored());
    }

    @Test
    void uploadsNeedASignedInUserWithTheUploadImageScope() {
        byte[] png = TestImages.encode(TestImages.filled(4, 4, Color.WHITE), "png");
        Client.Reply anonymous = upload(site.client(), "a.png", "image/png", png);
        anonymous.assertStatus(401);

        String profileOnly = writer.postJson("/api/v1/tokens", "{\"name\":\"Profile\",\"scopes\":[\"basicProfile\"]}")
                .assertStatus(201).json().get("token").asText();
        Client.Reply refused = withToken(profileOnly, png);
        refused.assertStatus(403);
        assertEquals("insufficient_scope", code(refused));

        String uploader = writer.postJson("/api/v1/tokens", "{\"name\":\"Uploader\",\"scopes\":[\"uploadImage\"]}")
                .assertStatus(201).json().get("token").asText();
        withToken(uploader, png).assertStatus(201);

        writer.postJson("/api/v1/images", "{\"image\":\"data:image/png;base64,AAAA\"}").assertStatus(415);
        Client.Reply noField = writer.sendMultipart("POST", "/api/v1/images",
                Client.Multipart.file("photo", "a.png", "image/png", png));
        noField.assertStatus(400);
        assertEquals("missing_image", code(noField));
    }

    private static Client.Reply withToken(String token, byte[] png) {
        Client.Multipart form = Client.Multipart.file(ImageResource.FIELD, "a.png", "image/png", png);
        return site.client().send(HttpRequest.newBuilder(site.engine().uri().resolve("/api/v1/images"))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
    }

    @Test
    void unknownImagesAreTheSitesNotFoundPage() {
        JsonNode image = upload(writer, "dot.png", "image/png",
                TestImages.encode(TestImages.filled(2, 2, Color.RED), "png")).assertStatus(201).json();
        String id = image.get("id").asText();
        site.client().get("/images/" + id + ".png").assertStatus(200);
        for (String path : List.of("/images/" + id + ".jpg", "/images/000000000000.png", "/images/" + id)) {
            Client.Reply missing = site.client().get(path);
            missing.assertStatus(404);
            assertTrue(missing.header("Content-Type").startsWith("text/html"), path);
            assertTrue(missing.body().contains("Page not found"), missing.body());
        }
    }

    private static Client.Reply putAvatar(Client client, byte[] image) {
        return client.sendMultipart("PUT", "/api/v1/me/avatar",
                Client.Multipart.file(ImageResource.FIELD, "me.img", "application/octet-stream", image));
    }

    @Test
    void avatarsAreSquareAndReplaceEachOther() {
        Client user = site.newUser("faces");
        assertFalse(user.get("/api/v1/me").json().has("avatarUrl"));
        long before = stored();

        byte[] photo = TestImages.withApp1(TestImages.encode(TestImages.filled(1200, 900, Color.GRAY), "jpeg"),
                "Exif\0\0MM\0*\0\0\0\u0008GPS 48.858370N".getBytes(StandardCharsets.ISO_8859_1));
        JsonNode first = putAvatar(user, photo).assertStatus(200).json();
        assertEquals(400, first.get("width").asInt());
        assertEquals(400, first.get("height").asInt());
        assertEquals("image/jpeg", first.get("contentType").asText());
        assertEquals(first.get("url").asText(), user.get("/api/v1/me").json().get("avatarUrl").asText());
        byte[] served = fetch(first, "image/jpeg");
        assertFalse(TestImages.jpegMarkers(served).contains(0xE1));
        assertEquals(400, TestImages.decode(served).getWidth());
        assertEquals(before + 2, stored());

        // A wide banner: blue at both ends, red in the middle square, which is what the avatar keeps.
        BufferedImage banner = TestImages.filled(600, 200, Color.BLUE);
        Graphics painter = banner.getGraphics();
        painter.setColor(Color.RED);
        painter.fillRect(200, 0, 200, 200);
        painter.dispose();
        JsonNode second = putAvatar(user, TestImages.encode(banner, "png")).assertStatus(200).json();
        assertEquals("image/png", second.get("contentType").asText());
        BufferedImage avatar = TestImages.decode(fetch(second, "image/png"));
        assertEquals(400, avatar.getWidth());
        assertEquals(400, avatar.getHeight());
        for (int[] point : new int[][] {{0, 0}, {399, 0}, {200, 200}, {0, 399}, {399, 399}}) {
            assertEquals(Color.RED.getRGB(), avatar.getRGB(point[0], point[1]), point[0] + "," + point[1]);
        }
        assertEquals(second.get("url").asText(), user.get("/api/v1/me").json().get("avatarUrl").asText());
        site.client().get(first.get("url").asText()).assertStatus(404);
        assertEquals(before + 2, stored(), "the replaced avatar is deleted");

        assertEquals("unsupported_image", code(putAvatar(user, "not an image".getBytes(StandardCharsets.UTF_8))
                .assertStatus(400)));
        assertEquals("image_too_large", code(putAvatar(user, TestImages.pngHeader(50_000, 50_000)).assertStatus(400)));
        putAvatar(site.client(), TestImages.encode(banner, "png")).assertStatus(401);
        String token = user.postJson("/api/v1/tokens", "{\"name\":\"Uploader\",\"scopes\":[\"uploadImage\"]}")
                .assertStatus(201).json().get("token").asText();
        Client.Multipart form = Client.Multipart.file(ImageResource.FIELD, "a.png", "image/png",
                TestImages.encode(banner, "png"));
        site.client().send(HttpRequest.newBuilder(site.engine().uri().resolve("/api/v1/me/avatar"))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(form.body()))).assertStatus(403);
        assertEquals(second.get("url").asText(), user.get("/api/v1/me").json().get("avatarUrl").asText());
        assertEquals(before + 2, stored());

        user.sendJson("DELETE", "/api/v1/me/avatar", "").assertStatus(204);
        assertFalse(user.get("/api/v1/me").json().has("avatarUrl"));
        site.client().get(second.get("url").asText()).assertStatus(404);
        assertEquals(before, stored());
        user.sendJson("DELETE", "/api/v1/me/avatar", "").assertStatus(204);
        site.client().sendJson("DELETE", "/api/v1/me/avatar", "").assertStatus(401);
    }

    @Test
    void anAnimatedAvatarKeepsItsFirstFrame() {
        Client user = site.newUser("animated");
        JsonNode avatar = putAvatar(user, TestImages.animatedGif(50, 80, Color.GREEN, Color.RED)).assertStatus(200)
                .json();
        assertEquals("image/png", avatar.get("contentType").asText());
        List<BufferedImage> frames = TestImages.frames(fetch(avatar, "image/png"));
        assertEquals(1, frames.size());
        assertEquals(Color.GREEN.getRGB(), frames.get(0).getRGB(200, 200));
    }

    @Test
    void profileEditsChangeOnlyTheFieldsSent() {
        Client editor = site.newUser("profiled");
        JsonNode edited = editor.sendJson("PATCH", "/api/v1/me",
                "{\"displayName\":\"Ana Lima\",\"bio\":\"  Writes about cities.  \"}").assertStatus(200).json();
        assertEquals("Ana Lima", edited.get("name").asText());
        assertEquals("Writes about cities.", edited.get("bio").asText());
        assertEquals("profiled", edited.get("username").asText());

        JsonNode renamed = editor.sendJson("PATCH", "/api/v1/me", "{\"username\":\"Ana_Lima\"}").assertStatus(200).json();
        assertEquals("ana_lima", renamed.get("username").asText());
        assertEquals("Ana Lima", renamed.get("name").asText());
        assertEquals("Writes about cities.", renamed.get("bio").asText());
        assertEquals(renamed, editor.get("/api/v1/me").assertStatus(200).json());
        editor.sendJson("PATCH", "/api/v1/me", "{\"username\":\"ana_lima\"}").assertStatus(200);
        editor.sendJson("PATCH", "/api/v1/me", "{}").assertStatus(200);
        JsonNode cleared = editor.sendJson("PATCH", "/api/v1/me", "{\"bio\":\"\"}").assertStatus(200).json();
        assertEquals("", cleared.get("bio").asText());
        assertEquals("ana_lima", cleared.get("username").asText());
    }

    @Test
    void invalidProfileEditsChangeNothing() {
        Client editor = site.newUser("steady");
        site.newUser("taken_name");
        JsonNode before = editor.get("/api/v1/me").assertStatus(200).json();
        String tooLong = "x".repeat(101);
        List<List<String>> refusals = List.of(
                List.of("{\"username\":\"Taken_Name\",\"bio\":\"new\"}", "409", "username_taken"),
                List.of("{\"username\":\"no spaces!\"}", "400", "invalid_username"),
                List.of("{\"username\":\"ab\"}", "400", "invalid_username"),
                List.of("{\"displayName\":\"" + tooLong + "\",\"bio\":\"new\"}", "400", "invalid_display_name"),
                List.of("{\"displayName\":\"  \"}", "400", "missing_displayName"),
                List.of("{\"bio\":\"" + "y".repeat(501) + "\"}", "400", "invalid_bio"),
                List.of("{\"email\":\"new@test.example\"}", "400", "unknown_field"),
                List.of("{\"bio\":42}", "400", "invalid_field"));
        for (List<String> refusal : refusals) {
            Client.Reply reply = editor.sendJson("PATCH", "/api/v1/me", refusal.get(0));
            assertEquals(Integer.parseInt(refusal.get(1)), reply.status(), refusal.get(0) + " -> " + reply.body());
            assertEquals(refusal.get(2), code(reply), refusal.get(0));
        }
        assertEquals(before, editor.get("/api/v1/me").assertStatus(200).json());
        assertEquals(1, site.count("SELECT COUNT(*) FROM app_user WHERE username = 'taken_name'"));

        site.client().sendJson("PATCH", "/api/v1/me", "{\"bio\":\"anonymous\"}").assertStatus(401);
        String token = editor.postJson("/api/v1/tokens", "{\"name\":\"All\",\"scopes\":[\"basicProfile\",\"uploadImage\"]}")
                .assertStatus(201).json().get("token").asText();
        site.client().send(HttpRequest.newBuilder(site.engine().uri().resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"bio\":\"by script\"}"))).assertStatus(403);
        assertEquals(before, editor.get("/api/v1/me").assertStatus(200).json());
    }
}
