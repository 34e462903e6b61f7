// Stand-in for office-addin-manifest inside Jest (see jest.config.js).
module.exports = { OfficeApp: { Excel: 'Excel' } };
