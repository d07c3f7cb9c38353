/** Types for mammoth's prebuilt browser bundle (the package types only its Node entry). */
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: unknown
  export default mammoth
}
