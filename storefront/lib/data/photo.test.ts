import { productPhoto } from "./photo.ts";

const variant = { format: "webp", width: 320, height: 240, url: "http://localhost:9000/static/a-320.webp" };

describe("a product's photo read from its metadata", () => {
  it("keeps the sizes, placeholder and every whole variant", () => {
    const photo = productPhoto("prod_1", {
      width: 1600,
      height: 1200,
      placeholder: "data:image/webp;base64,AAAA",
      variants: [variant, { ...variant, format: "gif" }, { ...variant, url: "" }, { format: "avif", width: 640, height: 480, url: "/x.avif" }],
    });
    expect(photo).toEqual({
      id: "prod_1",
      width: 1600,
      height: 1200,
      placeholder: "data:image/webp;base64,AAAA",
      variants: [variant, { format: "avif", width: 640, height: 480, url: "/x.avif" }],
    });
  });

  it.each([
    ["nothing", undefined],
    ["a string", "photo.jpg"],
    ["no variants", { width: 10, height: 10, placeholder: "", variants: [] }],
    ["no size", { placeholder: "", variants: [variant] }],
    ["fractional size", { width: 10.5, height: 10, variants: [variant] }],
  ])("gives no photo for %s", (_name, value) => {
    expect(productPhoto("prod_1", value)).toBeNull();
  });
});
